// SPDX-License-Identifier: MIT
pragma solidity ^0.7.6;

/// A wallet library whose initializer was left public and has no "already initialised" flag.
contract WalletLibrary {
    mapping(address => bool) public isOwner;
    uint256 public required;

    modifier onlyOwners() {
        require(isOwner[msg.sender], "not owner");
        _;
    }

    function initWallet(address[] memory owners, uint256 threshold) public {
        for (uint256 i = 0; i < owners.length; i++) {
            isOwner[owners[i]] = true; // @vuln category=access_control
        }
        required = threshold;
    }

    function execute(address payable to, uint256 value) external onlyOwners {
        to.transfer(value);
    }

    receive() external payable {}
}
