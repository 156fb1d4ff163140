pragma solidity ^0.5.11;

// The first to send the answer becomes the winner, paid later: the answer is visible in the mempool.
contract Quiz {
    bytes32 public answerHash = 0x3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d;
    address payable public winner;

    function answer(string memory response) public {
        if (keccak256(abi.encodePacked(response)) == answerHash) { // @vuln category=front_running
            winner = msg.sender;
        }
    }

    function payout() public {
        require(winner != address(0));
        winner.transfer(address(this).balance);
    }

    function () external payable {}
}
