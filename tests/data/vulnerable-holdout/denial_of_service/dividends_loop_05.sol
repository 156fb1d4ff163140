pragma solidity ^0.5.0;

// Dividends are credited by iterating over every shareholder; registering is free, so the list
// can grow until distribute() no longer fits in a block.
contract DividendClub {
    address[] public holders;
    mapping(address => uint256) public credit;
    mapping(address => bool) public registered;

    function register() public {
        require(!registered[msg.sender]);
        registered[msg.sender] = true;
        holders.push(msg.sender);
    }

    function distribute() public payable {
        uint256 share = msg.value / holders.length;
        for (uint256 i = 0; i < holders.length; i++) { // @vuln category=denial_of_service
            credit[holders[i]] += share;
        }
    }

    function withdraw() public {
        uint256 amount = credit[msg.sender];
        credit[msg.sender] = 0;
        msg.sender.transfer(amount);
    }
}
