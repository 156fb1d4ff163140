pragma solidity ^0.5.0;

contract Treasury {
    address payable public owner;

    constructor() public {
        owner = msg.sender;
    }

    function () external payable {}

    function pay(address payable to, uint256 amount) public {
        require(tx.origin == owner); // @vuln category=access_control
        to.transfer(amount);
    }
}
