// SPDX-License-Identifier: MIT
pragma solidity ^0.7.0;

contract DividendClub {
    address[] public members;
    mapping(address => uint256) public owed;

    function join() external {
        members.push(msg.sender);
    }

    function distribute() external payable {
        uint256 share = msg.value / members.length;
        for (uint256 i = 0; i < members.length; i++) { // @vuln category=denial_of_service
            owed[members[i]] += share;
        }
    }

    function withdraw() external {
        uint256 amount = owed[msg.sender];
        owed[msg.sender] = 0;
        payable(msg.sender).transfer(amount);
    }
}
