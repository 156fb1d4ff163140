pragma solidity ^0.4.25;

contract Lotto {
    bool public payedOut = false;
    address public winner;
    uint256 public winAmount;

    function setWinner(address w) public {
        require(winner == address(0));
        winner = w;
        winAmount = address(this).balance;
    }

    function sendToWinner() public {
        require(!payedOut);
        winner.send(winAmount); // @vuln category=unchecked_low_level_calls
        payedOut = true;
    }
}
