pragma solidity ^0.4.11;

contract OldToken {
    mapping(address => uint256) public balances;

    function OldToken() {
        balances[msg.sender] = 1000000;
    }

    function transfer(address to, uint256 amount) returns (bool) { // @vuln category=short_addresses
        if (balances[msg.sender] < amount) return false;
        balances[msg.sender] = balances[msg.sender] - amount;
        balances[to] = balances[to] + amount;
        return true;
    }
}
