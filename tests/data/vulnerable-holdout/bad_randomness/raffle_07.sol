// SPDX-License-Identifier: MIT
pragma solidity ^0.7.0;

// A raffle whose "random" index hashes values every caller knows in the same block.
contract Raffle {
    address payable[] public entrants;
    uint256 private nonce;
    address public organiser;

    constructor() {
        organiser = msg.sender;
    }

    function enter() external payable {
        require(msg.value == 0.05 ether, "price");
        entrants.push(msg.sender);
    }

    function pickWinner() external {
        require(entrants.length >= 3, "too few");
        nonce++;
        uint256 index = uint256(keccak256(abi.encodePacked(block.timestamp, msg.sender, nonce))) % entrants.length; // @vuln category=bad_randomness
        entrants[index].transfer(address(this).balance);
        delete entrants;
    }
}
