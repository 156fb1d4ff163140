pragma solidity 0.4.21;

contract Wallet {
    address public owner;

    function Walet() public {
        owner = msg.sender; // @vuln category=access_control
    }

    function () public payable {}

    function withdraw(uint256 amount) public {
        require(msg.sender == owner);
        owner.transfer(amount);
    }
}
