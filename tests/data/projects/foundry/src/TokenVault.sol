// SPDX-License-Identifier: MIT
pragma solidity ^0.8.13;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeTransfer} from "@safe/SafeTransfer.sol";
import {IVault} from "./interfaces/IVault.sol";

/// Holds one ERC20 token for its depositors.
contract TokenVault is IVault {
    using SafeTransfer for IERC20;

    IERC20 public immutable token;
    mapping(address => uint256) private balances;

    constructor(IERC20 token_) {
        token = token_;
    }

    function deposit(uint256 amount) external {
        balances[msg.sender] += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Deposited(msg.sender, amount);
    }

    function withdraw(uint256 amount) external {
        balances[msg.sender] -= amount;
        token.safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    function balanceOf(address account) external view returns (uint256) {
        return balances[account];
    }
}
