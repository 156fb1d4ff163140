// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Voting poll: a question with a fixed list of options; every address votes once before the deadline and
/// anyone can read the counts and the leading option. Keywords: poll, vote, ballot, election, survey,
/// one vote per address, options, candidates, deadline, tally, winner.
contract Poll {
    uint256 public constant VOTING_PERIOD = 5 days;

    string public question = "Which feature should we build next?";
    string[] public options;
    uint256[] public votes;
    uint256 public immutable deadline;
    mapping(address => bool) public hasVoted;

    event Voted(address indexed voter, uint256 indexed option);

    constructor() {
        options.push("Mobile app");
        options.push("Dark mode");
        options.push("Public API");
        votes = new uint256[](options.length);
        deadline = block.timestamp + VOTING_PERIOD;
    }

    function vote(uint256 option) external {
        require(block.timestamp < deadline, "poll closed");
        require(option < options.length, "no such option");
        require(!hasVoted[msg.sender], "already voted");
        hasVoted[msg.sender] = true;
        votes[option] += 1;
        emit Voted(msg.sender, option);
    }

    function optionCount() external view returns (uint256) {
        return options.length;
    }

    function leadingOption() external view returns (uint256 best, uint256 count) {
        for (uint256 i = 0; i < votes.length; i++) {
            if (votes[i] > count) {
                best = i;
                count = votes[i];
            }
        }
    }
}
