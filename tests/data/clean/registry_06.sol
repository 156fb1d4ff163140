// SPDX-License-Identifier: MIT
pragma solidity ^0.6.12;

import "./lib/Owned.sol";

contract NameRegistry is Owned {
    mapping(bytes32 => address) public resolve;

    function register(bytes32 name, address target) external onlyOwner {
        require(target != address(0), "zero target");
        resolve[name] = target;
    }
}

contract Counter {
    uint256 public count;

    function increment() external {
        count += 1;
    }
}
