// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// English auction (ascending bids): bidders outbid each other until the end time; outbid bidders withdraw their
/// ether themselves (pull payments), and the seller collects the highest bid once the auction has ended.
/// Keywords: auction, highest bid, bidding, outbid, reserve, ends after a duration, withdraw refunds.
contract EnglishAuction {
    uint256 public constant DURATION = 3 days;
    uint256 public constant MIN_BID = 0.1 ether;

    address public immutable seller;
    uint256 public immutable endTime;
    address public highestBidder;
    uint256 public highestBid;
    bool public ended;
    mapping(address => uint256) public pendingReturns;

    event BidPlaced(address indexed bidder, uint256 amount);
    event AuctionEnded(address indexed winner, uint256 amount);

    constructor() {
        seller = msg.sender;
        endTime = block.timestamp + DURATION;
    }

    function bid() external payable {
        require(block.timestamp < endTime, "auction over");
        require(msg.value >= MIN_BID && msg.value > highestBid, "bid too low");
        if (highestBidder != address(0)) {
            pendingReturns[highestBidder] += highestBid;
        }
        highestBidder = msg.sender;
        highestBid = msg.value;
        emit BidPlaced(msg.sender, msg.value);
    }

    function withdraw() external {
        uint256 amount = pendingReturns[msg.sender];
        require(amount > 0, "nothing to withdraw");
        pendingReturns[msg.sender] = 0;
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "transfer failed");
    }

    function end() external {
        require(block.timestamp >= endTime, "not yet ended");
        require(!ended, "already ended");
        ended = true;
        emit AuctionEnded(highestBidder, highestBid);
        if (highestBid > 0) {
            (bool ok, ) = payable(seller).call{value: highestBid}("");
            require(ok, "transfer failed");
        }
    }
}
