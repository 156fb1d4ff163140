pragma solidity ^0.4.11;

// An old lottery: the winning ticket is the previous block's hash modulo the number of tickets.
contract DailyLottery {
    address[] public tickets;
    uint public ticketPrice = 100 finney;

    function buyTicket() payable {
        require(msg.value == ticketPrice);
        tickets.push(msg.sender);
    }

    function draw() {
        require(tickets.length > 0);
        uint winner = uint(block.blockhash(block.number - 1)) % tickets.length; // @vuln category=bad_randomness
        tickets[winner].transfer(this.balance);
        delete tickets;
    }
}
