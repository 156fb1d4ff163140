pragma solidity ^0.6.0;

// Predict-the-block-hash style: a guess is settled against the hash of a later block; after 256
// blocks blockhash returns zero, so guessing zero and waiting always wins.
contract HashPrediction {
    struct Guess { bytes32 value; uint256 blockNumber; }
    mapping(address => Guess) public guesses;

    function lockInGuess(bytes32 value) public payable {
        require(guesses[msg.sender].blockNumber == 0 && msg.value == 1 ether);
        guesses[msg.sender] = Guess(value, block.number + 1);
    }

    function settle() public {
        Guess memory g = guesses[msg.sender];
        require(g.blockNumber != 0 && block.number > g.blockNumber);
        bytes32 answer = blockhash(g.blockNumber); // @vuln category=bad_randomness
        delete guesses[msg.sender];
        if (g.value == answer) {
            msg.sender.transfer(2 ether);
        }
    }
}
