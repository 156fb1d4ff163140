// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

contract PullEscrow is ReentrancyGuard {
    mapping(address => uint256) public owed;

    event Deposited(address indexed payee, uint256 amount);

    function deposit(address payee) external payable {
        require(payee != address(0), "zero payee");
        owed[payee] += msg.value;
        emit Deposited(payee, msg.value);
    }

    function withdraw() external nonReentrant {
        uint256 amount = owed[msg.sender];
        require(amount > 0, "nothing owed");
        owed[msg.sender] = 0;
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "send failed");
    }
}
