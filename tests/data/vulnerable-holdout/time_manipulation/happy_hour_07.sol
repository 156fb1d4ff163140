// SPDX-License-Identifier: MIT
pragma solidity ^0.7.0;

// A shop that halves its price in the first five minutes of every hour; the block producer picks a
// timestamp in that window whenever it buys.
contract HappyHourShop {
    uint256 public basePrice = 1 ether;
    mapping(address => uint256) public items;

    function currentPrice() public view returns (uint256) {
        if (block.timestamp % 3600 < 300) { // @vuln category=time_manipulation
            return basePrice / 2;
        }
        return basePrice;
    }

    function buy() external payable {
        uint256 price = currentPrice();
        require(msg.value >= price, "price");
        items[msg.sender] += 1;
    }
}
