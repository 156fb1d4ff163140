// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// An Ethernaut-style coin toss: the side is the previous block hash divided by 2**255.
contract CoinToss {
    uint256 public streak;
    uint256 private lastHash;
    uint256 private constant HALF = 57896044618658097711785492504343953926634992332820282019728792003956564819968;

    function guess(bool heads) public returns (bool) {
        uint256 blockValue = uint256(blockhash(block.number - 1)); // @vuln category=bad_randomness
        require(lastHash != blockValue, "one guess per block");
        lastHash = blockValue;
        bool side = blockValue / HALF == 1;
        if (side == heads) {
            streak++;
            return true;
        }
        streak = 0;
        return false;
    }
}
