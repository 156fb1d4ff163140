pragma solidity ^0.4.24;

contract ExchangeToken {
    mapping(address => uint256) public balanceOf;

    constructor() public {
        balanceOf[msg.sender] = 21000000;
    }

    function sendCoin(address receiver, uint256 amount) public returns (bool) { // @vuln category=short_addresses
        require(balanceOf[msg.sender] >= amount);
        require(balanceOf[receiver] + amount >= balanceOf[receiver]);
        balanceOf[msg.sender] -= amount;
        balanceOf[receiver] += amount;
        return true;
    }
}
