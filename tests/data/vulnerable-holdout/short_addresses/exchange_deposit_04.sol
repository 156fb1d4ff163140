pragma solidity ^0.4.16;

// A token with no check on msg.data's length: an address one byte short shifts the amount left.
contract PlainToken {
    mapping(address => uint256) public balanceOf;
    event Transfer(address indexed from, address indexed to, uint256 value);

    function PlainToken() public {
        balanceOf[msg.sender] = 1000000;
    }

    function sendTokens(address to, uint256 amount) public returns (bool) { // @vuln category=short_addresses
        require(balanceOf[msg.sender] >= amount);
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        Transfer(msg.sender, to, amount);
        return true;
    }
}
