pragma solidity ^0.5.0;

// A quiz of the honeypot kind: whoever sends the right answer takes the pot. The answer travels in
// the clear in the mempool, so a watcher copies it with a higher gas price.
contract OpenQuiz {
    string public question;
    bytes32 private answerHash;
    address public host;

    constructor(string memory q, bytes32 hash) public payable {
        host = msg.sender;
        question = q;
        answerHash = hash;
    }

    function answer(string memory response) public payable {
        require(msg.value >= 0.1 ether);
        if (answerHash == keccak256(abi.encodePacked(response))) {
            msg.sender.transfer(address(this).balance); // @vuln category=front_running
        }
    }
}
