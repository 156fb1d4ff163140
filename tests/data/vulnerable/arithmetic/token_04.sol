pragma solidity ^0.4.18;

contract PlainToken {
    mapping(address => uint256) public balanceOf;
    uint256 public totalSupply;

    function PlainToken(uint256 supply) public {
        balanceOf[msg.sender] = supply;
        totalSupply = supply;
    }

    function transfer(address to, uint256 value) public returns (bool) {
        balanceOf[msg.sender] -= value; // @vuln category=arithmetic mythril
        balanceOf[to] += value; // @vuln category=arithmetic
        return true;
    }
}
