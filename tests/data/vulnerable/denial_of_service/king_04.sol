pragma solidity ^0.4.24;

contract KingOfEther {
    address public currentLeader;
    uint256 public highestBid;

    function bid() public payable {
        require(msg.value > highestBid);
        require(currentLeader.send(highestBid)); // @vuln category=denial_of_service
        currentLeader = msg.sender;
        highestBid = msg.value;
    }
}
