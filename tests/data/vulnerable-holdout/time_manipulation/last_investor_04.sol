pragma solidity ^0.4.0;

// GovernMental-style: the last investor takes the jackpot when 12 hours pass with no new investment.
// The block producer decides the timestamp, and with it whether the round is over.
contract LastInvestorWins {
    address public lastInvestor;
    uint public lastInvestmentAt;
    uint public jackpot;
    uint constant ROUND = 12 hours;

    function invest() payable {
        require(msg.value >= 1 ether);
        if (lastInvestmentAt + ROUND < block.timestamp) { // @vuln category=time_manipulation
            lastInvestor.transfer(jackpot);
            jackpot = 0;
        }
        lastInvestor = msg.sender;
        lastInvestmentAt = block.timestamp;
        jackpot += msg.value / 2;
    }
}
