pragma solidity ^0.5.0;

// A "random" number from a salt fixed at deployment and the block number.
contract RandomNumberGenerator {
    uint256 private salt = block.timestamp; // @vuln category=bad_randomness

    function random(uint256 max) public view returns (uint256) {
        uint256 x = salt * 100 / max;
        uint256 seed = block.number / 3 + (salt % 300); // @vuln category=bad_randomness
        uint256 h = uint256(blockhash(seed)); // @vuln category=bad_randomness
        return uint256((h / x)) % max + 1;
    }
}
