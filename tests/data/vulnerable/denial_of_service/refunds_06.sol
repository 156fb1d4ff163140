// SPDX-License-Identifier: MIT
pragma solidity ^0.6.12;

contract Refunds {
    address payable[] public investors;
    mapping(address => uint256) public invested;
    address public owner;

    constructor() public {
        owner = msg.sender;
    }

    function invest() external payable {
        investors.push(msg.sender);
        invested[msg.sender] += msg.value;
    }

    function refundAll() external {
        require(msg.sender == owner);
        for (uint256 i = 0; i < investors.length; i++) {
            investors[i].transfer(invested[investors[i]]); // @vuln category=denial_of_service
        }
    }
}
