// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// An Ethernaut-style level: ownership changes whenever the call comes through another contract.
contract Switchboard {
    address public owner;
    uint256 public calls;

    constructor() {
        owner = msg.sender;
    }

    function changeOwner(address newOwner) public {
        calls += 1;
        if (tx.origin != msg.sender) { // @vuln category=access_control
            owner = newOwner;
        }
    }
}
