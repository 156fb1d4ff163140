pragma solidity ^0.5.0;

// A guessing game that hashes the current block's hash: blockhash(block.number) is always zero.
contract GuessTheBlock {
    uint8 public answer;

    constructor() public payable {
        require(msg.value == 1 ether);
    }

    function guess(uint8 n) public payable {
        require(msg.value == 1 ether);
        answer = uint8(uint256(blockhash(block.number))); // @vuln category=bad_randomness
        if (n == answer) {
            msg.sender.transfer(2 ether);
        }
    }
}
