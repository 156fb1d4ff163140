pragma solidity ^0.5.0;

contract Payout {
    mapping(address => uint256) public credit;

    function deposit() public payable {
        credit[msg.sender] += msg.value;
    }

    function pay(address payable to, uint256 amount) public {
        require(credit[msg.sender] >= amount);
        credit[msg.sender] -= amount;
        if (!to.send(amount)) { // @vuln category=unchecked_low_level_calls
            // nothing: the credit is already gone
        }
    }
}
