// SPDX-License-Identifier: MIT
pragma solidity ^0.7.0;

import "../libraries/SafeMath.sol";

/// Holds a buyer's payment until the arbiter releases it to the seller.
/// Planted bug for the tests: the arbiter is checked with tx.origin.
contract Escrow {
    using SafeMath for uint256;

    address public immutable arbiter;
    address payable public immutable seller;
    mapping(address => uint256) public paid;
    uint256 public total;

    constructor(address arbiter_, address payable seller_) {
        arbiter = arbiter_;
        seller = seller_;
    }

    function pay() external payable {
        paid[msg.sender] = paid[msg.sender].add(msg.value);
        total = total.add(msg.value);
    }

    function release(uint256 amount) external {
        require(tx.origin == arbiter, "only the arbiter");
        total = total.sub(amount);
        (bool ok, ) = seller.call{value: amount}("");
        require(ok, "payment failed");
    }
}
