pragma solidity ^0.4.24;

contract PredictTheFuture {
    struct Bet { uint256 blockNumber; bytes32 guess; }
    mapping(address => Bet) bets;
    uint256 public settlementBlock;

    function lockInGuess(bytes32 hash) public payable {
        require(msg.value == 1 ether);
        bets[msg.sender] = Bet(block.number + 1, hash);
        settlementBlock = block.number + 1;
    }

    function settle() public {
        bytes32 answer = blockhash(settlementBlock); // @vuln category=bad_randomness
        if (bets[msg.sender].guess == answer) {
            msg.sender.transfer(2 ether);
        }
    }
}
