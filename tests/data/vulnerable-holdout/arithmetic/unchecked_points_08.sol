// SPDX-License-Identifier: MIT
pragma solidity ^0.8.10;

// "Gas optimisation": the redeem path skips overflow checks, so redeeming more points than owned wraps.
contract LoyaltyPoints {
    mapping(address => uint256) public points;
    address public shop;

    constructor() {
        shop = msg.sender;
    }

    function award(address customer, uint256 amount) external {
        require(msg.sender == shop, "shop only");
        points[customer] += amount;
    }

    function redeem(uint256 amount) external {
        unchecked {
            points[msg.sender] -= amount; // @vuln category=arithmetic
        }
    }
}
