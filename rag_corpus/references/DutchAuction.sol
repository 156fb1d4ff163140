// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Dutch auction (descending price): the price starts high and falls by a fixed step every hour down to a reserve
/// price; the first buyer who pays the current price wins, and any overpayment is refunded. Keywords: dutch
/// auction, descending price, price drops over time, decreasing price, reverse auction, sell one item.
contract DutchAuction {
    uint256 public constant START_PRICE = 10 ether;
    uint256 public constant RESERVE_PRICE = 1 ether;
    uint256 public constant PRICE_DROP_PER_HOUR = 0.5 ether;

    address public immutable seller;
    uint256 public immutable startTime;
    address public buyer;
    uint256 public soldPrice;

    event Sold(address indexed buyer, uint256 price);

    constructor() {
        seller = msg.sender;
        startTime = block.timestamp;
    }

    function currentPrice() public view returns (uint256) {
        uint256 drop = ((block.timestamp - startTime) / 1 hours) * PRICE_DROP_PER_HOUR;
        if (drop >= START_PRICE - RESERVE_PRICE) {
            return RESERVE_PRICE;
        }
        return START_PRICE - drop;
    }

    function buy() external payable {
        require(buyer == address(0), "already sold");
        uint256 price = currentPrice();
        require(msg.value >= price, "not enough ether");
        buyer = msg.sender;
        soldPrice = price;
        emit Sold(msg.sender, price);
        (bool paid, ) = payable(seller).call{value: price}("");
        require(paid, "payment failed");
        if (msg.value > price) {
            (bool refunded, ) = payable(msg.sender).call{value: msg.value - price}("");
            require(refunded, "refund failed");
        }
    }
}
