// SPDX-License-Identifier: MIT
pragma solidity ^0.8.17;

// An implementation behind a proxy: initialize() was meant to run once, from the deployer's script.
contract TreasuryV1 {
    address public admin;
    uint256 public feeBps;

    function initialize(address admin_, uint256 feeBps_) external {
        admin = admin_; // @vuln category=access_control
        feeBps = feeBps_;
    }

    function sweep(address payable to) external {
        require(msg.sender == admin, "admin only");
        to.transfer(address(this).balance);
    }

    receive() external payable {}
}
