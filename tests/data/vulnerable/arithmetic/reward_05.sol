pragma solidity ^0.5.11;

contract Rewards {
    mapping(address => uint256) public stake;
    uint256 public rate = 3;

    function addStake(uint256 amount) public {
        stake[msg.sender] = amount;
    }

    function compound(uint256 rounds) public {
        stake[msg.sender] = stake[msg.sender] * rate * rounds; // @vuln category=arithmetic
    }
}
