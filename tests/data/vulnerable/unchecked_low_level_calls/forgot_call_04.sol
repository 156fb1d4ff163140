pragma solidity ^0.4.24;

contract Refunder {
    mapping(address => uint256) public refunds;

    function refund(address to) public {
        uint256 amount = refunds[to];
        refunds[to] = 0;
        to.call.value(amount); // @vuln category=unchecked_low_level_calls
    }
}
