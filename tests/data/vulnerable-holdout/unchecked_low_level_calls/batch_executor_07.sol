// SPDX-License-Identifier: MIT
pragma solidity ^0.7.0;
pragma experimental ABIEncoderV2;

// The owner's batch of calls: a failed call is skipped silently and the batch is marked done.
contract BatchExecutor {
    address public owner;
    mapping(bytes32 => bool) public done;

    constructor() {
        owner = msg.sender;
    }

    function execute(bytes32 id, address[] calldata targets, bytes[] calldata payloads) external {
        require(msg.sender == owner, "owner");
        require(!done[id], "done");
        for (uint256 i = 0; i < targets.length; i++) {
            targets[i].call(payloads[i]); // @vuln category=unchecked_low_level_calls
        }
        done[id] = true;
    }
}
