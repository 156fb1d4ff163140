// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// Playing in a "lucky minute" pays the pot; the minute comes from the block timestamp.
contract LuckyMinute {
    uint256 public entryFee = 0.01 ether;

    function play() external payable {
        require(msg.value == entryFee, "fee");
        uint256 minute = (block.timestamp / 60) % 10;
        if (minute == 7) { // @vuln category=time_manipulation
            payable(msg.sender).transfer(address(this).balance);
        }
    }
}
