// SPDX-License-Identifier: MIT
pragma solidity ^0.8.17;

contract Auction {
    address payable public highestBidder;
    uint256 public highestBid;

    function bid() external payable {
        require(msg.value > highestBid, "bid higher");
        if (highestBidder != address(0)) {
            highestBidder.transfer(highestBid); // @vuln category=denial_of_service
        }
        highestBidder = payable(msg.sender);
        highestBid = msg.value;
    }
}
