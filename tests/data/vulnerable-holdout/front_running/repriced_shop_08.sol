// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// The seller can reprice at any moment; a buyer's order is filled at whatever price is current when
// it is mined, so the seller (or anyone the seller tips off) reorders and the buyer gets less.
contract TokenShop {
    address public seller;
    uint256 public price = 1 gwei;
    mapping(address => uint256) public bought;

    constructor() {
        seller = msg.sender;
    }

    function setPrice(uint256 newPrice) external {
        require(msg.sender == seller, "seller");
        price = newPrice;
    }

    function buy() external payable {
        uint256 amount = msg.value / price; // @vuln category=front_running
        bought[msg.sender] += amount;
    }
}
