pragma solidity ^0.5.0;

contract Owned {
    address public owner;

    constructor() public {
        owner = msg.sender;
    }
}

contract Shop is Owned {
    address public owner; // @vuln category=other
    uint256 public price = 1 ether;

    function setPrice(uint256 p) public {
        require(msg.sender == owner);
        price = p;
    }
}
