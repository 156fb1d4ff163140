pragma solidity ^0.5.0;

// Dice rolled from block fields the block producer sets.
contract MinerDice {
    event Rolled(address player, uint8 roll, bool won);

    function roll(uint8 target) public payable {
        require(msg.value > 0 && target >= 1 && target <= 6);
        uint8 result = uint8(uint256(keccak256(abi.encodePacked(block.coinbase, block.difficulty, block.gaslimit))) % 6) + 1; // @vuln category=bad_randomness
        bool won = result == target;
        if (won) {
            msg.sender.transfer(msg.value * 5);
        }
        emit Rolled(msg.sender, result, won);
    }

    function () external payable {}
}
