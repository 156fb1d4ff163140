pragma solidity ^0.6.0;

// A failed crowdfund refunds every backer in one loop; anyone can back it with a contract that
// rejects ether, and then no one gets a refund.
contract Crowdfund {
    address payable[] public backers;
    mapping(address => uint256) public pledged;
    uint256 public deadline;
    uint256 public goal;
    address public creator;

    constructor(uint256 goal_, uint256 duration) public {
        creator = msg.sender;
        goal = goal_;
        deadline = now + duration;
    }

    function back() public payable {
        require(msg.value > 0);
        if (pledged[msg.sender] == 0) {
            backers.push(msg.sender);
        }
        pledged[msg.sender] += msg.value;
    }

    function refundAll() public {
        require(now > deadline && address(this).balance < goal);
        for (uint256 i = 0; i < backers.length; i++) {
            backers[i].transfer(pledged[backers[i]]); // @vuln category=denial_of_service
            pledged[backers[i]] = 0;
        }
    }
}
