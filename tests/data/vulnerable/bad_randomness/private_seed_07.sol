// SPDX-License-Identifier: MIT
pragma solidity ^0.7.6;

/// Draws a winner from a "secret" seed: private state is readable by anyone off-chain.
contract SeedRaffle {
    uint256 private seed;
    address payable[] public entrants;

    constructor(uint256 initialSeed) {
        seed = initialSeed;
    }

    function enter() external payable {
        require(msg.value == 0.05 ether, "price");
        entrants.push(msg.sender);
    }

    function draw() external {
        require(entrants.length >= 3, "too few");
        bytes32 mixed = keccak256(abi.encodePacked(seed, entrants.length, msg.sender));
        uint256 winner = uint256(mixed) % entrants.length; // @vuln category=bad_randomness
        seed = uint256(mixed);
        entrants[winner].transfer(address(this).balance);
        delete entrants;
    }
}
