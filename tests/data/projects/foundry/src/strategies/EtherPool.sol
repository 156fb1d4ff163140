// SPDX-License-Identifier: MIT
pragma solidity ^0.8.13;

import {IVault} from "../interfaces/IVault.sol";

/// Pools ether for its depositors. Planted bug for the tests: withdraw pays before it books.
contract EtherPool {
    mapping(address => uint256) public deposits;
    IVault public immutable vault;

    constructor(IVault vault_) {
        vault = vault_;
    }

    function deposit() external payable {
        deposits[msg.sender] += msg.value;
    }

    function withdraw() external {
        uint256 amount = deposits[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
        deposits[msg.sender] = 0;
    }
}
