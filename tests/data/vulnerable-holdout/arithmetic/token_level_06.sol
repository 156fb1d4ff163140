pragma solidity ^0.6.0;

// An Ethernaut-style level: the check on the subtraction is always true for unsigned numbers.
contract StarterToken {
    mapping(address => uint256) balances;
    uint256 public totalSupply;

    constructor(uint256 initialSupply) public {
        balances[msg.sender] = totalSupply = initialSupply;
    }

    function transfer(address to, uint256 value) public returns (bool) {
        require(balances[msg.sender] - value >= 0);
        balances[msg.sender] -= value; // @vuln category=arithmetic
        balances[to] += value;
        return true;
    }

    function balanceOf(address owner) public view returns (uint256) {
        return balances[owner];
    }
}
