// SPDX-License-Identifier: MIT
pragma solidity ^0.8.10;

contract CoinFlip {
    mapping(address => uint256) public wins;

    function flip(bool guess) external {
        uint256 side = uint256(blockhash(block.number - 1)) % 2; // @vuln category=bad_randomness
        if ((side == 1) == guess) {
            wins[msg.sender] += 1;
        } else {
            wins[msg.sender] = 0;
        }
    }
}
