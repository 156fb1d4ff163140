// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

interface ILegacyToken {
    function transfer(address to, uint256 amount) external returns (bool);
}

// Vesting claims: the token's boolean result is ignored, so a token that returns false on failure
// marks the claim paid without paying it.
contract SimpleClaims {
    ILegacyToken public token;
    mapping(address => uint256) public owed;
    address public admin;

    constructor(ILegacyToken token_) {
        token = token_;
        admin = msg.sender;
    }

    function setOwed(address who, uint256 amount) external {
        require(msg.sender == admin, "admin");
        owed[who] = amount;
    }

    function claim() external {
        uint256 amount = owed[msg.sender];
        owed[msg.sender] = 0;
        token.transfer(msg.sender, amount); // @vuln category=unchecked_low_level_calls
    }
}
