// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Raffle / lottery: players buy tickets for a fixed price until a deadline; the owner then draws one winner
/// who receives the whole pot. Keywords: raffle, lottery, tickets, draw, random winner, jackpot, prize pool.
/// Randomness: commit-reveal. The owner opens the sale by committing keccak256(seed) and reveals the seed to draw,
/// so nobody (miner or player) can steer the result after buying (never use block.timestamp or prevrandao).
contract Raffle {
    uint256 public constant TICKET_PRICE = 0.01 ether;
    uint256 public constant DURATION = 7 days;

    address public immutable owner;
    bytes32 public seedCommitment;
    uint256 public endTime;
    address[] public players;
    address public winner;

    event TicketBought(address indexed player, uint256 tickets);
    event WinnerDrawn(address indexed winner, uint256 prize);

    constructor() {
        owner = msg.sender;
    }

    function open(bytes32 commitment) external {
        require(msg.sender == owner, "only owner");
        require(endTime == 0, "already open");
        seedCommitment = commitment;
        endTime = block.timestamp + DURATION;
    }

    function buyTickets(uint256 count) external payable {
        require(block.timestamp < endTime, "sales not open");
        require(count > 0 && msg.value == count * TICKET_PRICE, "wrong payment");
        for (uint256 i = 0; i < count; i++) {
            players.push(msg.sender);
        }
        emit TicketBought(msg.sender, count);
    }

    function playerCount() external view returns (uint256) {
        return players.length;
    }

    function draw(bytes32 seed) external {
        require(msg.sender == owner, "only owner");
        require(endTime > 0 && block.timestamp >= endTime, "sales still open");
        require(winner == address(0), "already drawn");
        require(players.length > 0, "no players");
        require(keccak256(abi.encodePacked(seed)) == seedCommitment, "wrong seed");
        winner = players[uint256(keccak256(abi.encodePacked(seed, players.length))) % players.length];
        uint256 prize = address(this).balance;
        emit WinnerDrawn(winner, prize);
        (bool ok, ) = payable(winner).call{value: prize}("");
        require(ok, "payout failed");
    }
}
