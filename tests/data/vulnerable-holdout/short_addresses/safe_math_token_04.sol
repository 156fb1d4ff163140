pragma solidity ^0.4.24;

library SafeMath {
    function sub(uint256 a, uint256 b) internal pure returns (uint256) {
        require(b <= a);
        return a - b;
    }

    function add(uint256 a, uint256 b) internal pure returns (uint256) {
        uint256 c = a + b;
        require(c >= a);
        return c;
    }
}

// SafeMath stops overflows, not short calldata: the 0.4 decoder pads a short address argument and
// the amount after it is shifted left by the missing bytes.
contract GuardedToken {
    using SafeMath for uint256;

    mapping(address => uint256) public balances;
    mapping(address => mapping(address => uint256)) public allowance;

    constructor() public {
        balances[msg.sender] = 10 ** 24;
    }

    function transferFrom(address from, address to, uint256 value) public returns (bool) { // @vuln category=short_addresses
        allowance[from][msg.sender] = allowance[from][msg.sender].sub(value);
        balances[from] = balances[from].sub(value);
        balances[to] = balances[to].add(value);
        return true;
    }

    function approve(address spender, uint256 value) public returns (bool) {
        require(value == 0 || allowance[msg.sender][spender] == 0);
        allowance[msg.sender][spender] = value;
        return true;
    }
}
