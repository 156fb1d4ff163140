// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// An Ethernaut-style King: the new king's payment is forwarded to the old king, and the whole
// call reverts if the old king refuses it. A king whose fallback reverts is king forever.
contract Crown {
    address public king;
    uint256 public prize;
    address public owner;

    constructor() payable {
        owner = msg.sender;
        king = msg.sender;
        prize = msg.value;
    }

    receive() external payable {
        require(msg.value >= prize || msg.sender == owner, "too little");
        payable(king).transfer(msg.value); // @vuln category=denial_of_service
        king = msg.sender;
        prize = msg.value;
    }
}
