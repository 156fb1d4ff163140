pragma solidity ^0.6.12;

// An Ethernaut-style level: donations are credited to anyone and can be withdrawn by their owner.
contract Donations {
    mapping(address => uint256) public credit;

    function donate(address to) public payable {
        credit[to] += msg.value;
    }

    function creditOf(address who) public view returns (uint256) {
        return credit[who];
    }

    function withdraw(uint256 amount) public {
        if (credit[msg.sender] >= amount) {
            (bool ok, ) = msg.sender.call{value: amount}(""); // @vuln category=reentrancy
            if (ok) {
                amount;
            }
            credit[msg.sender] -= amount;
        }
    }

    receive() external payable {}
}
