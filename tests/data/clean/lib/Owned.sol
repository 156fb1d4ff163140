// SPDX-License-Identifier: MIT
pragma solidity ^0.6.12;

contract Owned {
    address public owner;

    constructor() public {
        owner = msg.sender;
    }

    modifier onlyOwner() {
        require(msg.sender == owner, "owner only");
        _;
    }
}
